package org.llmatlas.extract;

import java.io.FileOutputStream;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Dev helper: extracts content/ to target/dump.trig and prints the reports. */
public class DumpMain {
    public static void main(String[] args) throws Exception {
        var loaded = new NoteLoader().loadDirectory(Path.of(args.length > 0 ? args[0] : "content"));
        Extraction x = new Extractor().extract(loaded.notes());
        x.reports().forEach(r -> System.out.print(r.summary()));
        try (var out = new FileOutputStream("target/dump.trig")) {
            RDFDataMgr.write(out, x.dataset(), RDFFormat.TRIG_BLOCKS);
        }
    }
}
