//! `gregor.docs.v1.ApiDocsService`: the generated OpenAPI and AsyncAPI
//! documents (`gateway::openapi`), narrowed to the services this server
//! runs and printed once, at start.

use gateway::pb::google::api::HttpBody;
use gateway::pb::gregor::docs::v1 as pb;
use tonic::{Request, Response, Status};

/// The two documents as JSON text.
pub struct ApiDocs {
    openapi: Vec<u8>,
    asyncapi: Vec<u8>,
}

impl std::fmt::Debug for ApiDocs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiDocs").field("openapi_bytes", &self.openapi.len()).field("asyncapi_bytes", &self.asyncapi.len()).finish()
    }
}

impl ApiDocs {
    /// The documents of `services` (full gRPC service names, e.g.
    /// `gregor.registry.v1.SchemaRegistryService`), with the APISIX pubsub
    /// WebSocket at `websocket_path` when it is served.
    pub fn new(services: &[&str], websocket_path: Option<&str>) -> Self {
        let print = |document: serde_json::Value| serde_json::to_vec(&document).unwrap_or_default();
        Self {
            openapi: print(gateway::openapi::openapi(services)),
            asyncapi: print(gateway::openapi::asyncapi(services, websocket_path)),
        }
    }
}

fn json_body(data: &[u8]) -> HttpBody {
    HttpBody { content_type: "application/json".to_owned(), data: data.to_vec(), extensions: Vec::new() }
}

#[tonic::async_trait]
impl pb::api_docs_service_server::ApiDocsService for ApiDocs {
    async fn get_open_api_document(&self, _: Request<pb::GetOpenApiDocumentRequest>) -> Result<Response<pb::GetOpenApiDocumentResponse>, Status> {
        Ok(Response::new(pb::GetOpenApiDocumentResponse { document: Some(json_body(&self.openapi)) }))
    }

    async fn get_async_api_document(
        &self,
        _: Request<pb::GetAsyncApiDocumentRequest>,
    ) -> Result<Response<pb::GetAsyncApiDocumentResponse>, Status> {
        Ok(Response::new(pb::GetAsyncApiDocumentResponse { document: Some(json_body(&self.asyncapi)) }))
    }
}
