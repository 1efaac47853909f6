// Prints each Avro schema read from standard input (one JSON document per
// line) as Avro Java's Schema.toString() does: the text Confluent stores
// (AvroSchema.canonicalString). A line that does not parse prints "ERROR".
// Used by tests/python/test_avro_canonical.py against Debian's libavro-java.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;

public class AvroCanonical {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            try {
                System.out.println(new Schema.Parser().setValidateDefaults(false).parse(line).toString());
            } catch (Exception e) {
                System.out.println("ERROR " + e);
            }
        }
    }
}
