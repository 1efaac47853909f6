//! `gregor.docs.v1.ApiDocsService`: the generated OpenAPI and AsyncAPI
//! documents (`gateway::openapi`), narrowed to the services this server
//! runs. Each is printed on its first request and kept (about 300 KB and
//! 80 KB of JSON): a server nobody asks keeps neither.

use std::sync::OnceLock;

use gateway::pb::google::api::HttpBody;
use gateway::pb::gregor::docs::v1 as pb;
use tonic::{Request, Response, Status};

/// The two documents of one server, as JSON text once asked for.
#[derive(Debug)]
pub struct ApiDocs {
    services: Vec<&'static str>,
    websocket_path: Option<String>,
    openapi: OnceLock<Vec<u8>>,
    asyncapi: OnceLock<Vec<u8>>,
}

impl ApiDocs {
    /// The documents of `services` (full gRPC service names, e.g.
    /// `gregor.registry.v1.SchemaRegistryService`), with the APISIX pubsub
    /// WebSocket at `websocket_path` when it is served.
    pub fn new(services: &[&'static str], websocket_path: Option<&str>) -> Self {
        Self {
            services: services.to_vec(),
            websocket_path: websocket_path.map(str::to_owned),
            openapi: OnceLock::new(),
            asyncapi: OnceLock::new(),
        }
    }
}

fn json_body(document: &OnceLock<Vec<u8>>, make: impl FnOnce() -> serde_json::Value) -> HttpBody {
    let data = document.get_or_init(|| serde_json::to_vec(&make()).unwrap_or_default());
    HttpBody { content_type: "application/json".to_owned(), data: data.clone(), extensions: Vec::new() }
}

#[tonic::async_trait]
impl pb::api_docs_service_server::ApiDocsService for ApiDocs {
    async fn get_open_api_document(&self, _: Request<pb::GetOpenApiDocumentRequest>) -> Result<Response<pb::GetOpenApiDocumentResponse>, Status> {
        let document = json_body(&self.openapi, || gateway::openapi::openapi(&self.services));
        Ok(Response::new(pb::GetOpenApiDocumentResponse { document: Some(document) }))
    }

    async fn get_async_api_document(
        &self,
        _: Request<pb::GetAsyncApiDocumentRequest>,
    ) -> Result<Response<pb::GetAsyncApiDocumentResponse>, Status> {
        let document = json_body(&self.asyncapi, || gateway::openapi::asyncapi(&self.services, self.websocket_path.as_deref()));
        Ok(Response::new(pb::GetAsyncApiDocumentResponse { document: Some(document) }))
    }
}
