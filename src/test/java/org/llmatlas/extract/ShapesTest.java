package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;
import org.llmatlas.Seeds;

class ShapesTest {
    @Test
    void seedGraphConformsToTheShapes() {
        Model union = ModelFactory.createDefaultModel();
        Seeds.extraction().dataset().listModelNames().forEachRemaining(
                name -> union.add(Seeds.extraction().dataset().getNamedModel(name)));
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.getEntries()).as("SHACL violations").isEmpty();
    }

    @Test
    void shapesCatchAQuestionWithoutDifficulty() {
        Model bad = ModelFactory.createDefaultModel();
        RDFDataMgr.read(bad, new java.io.StringReader("""
                @prefix atlas: <https://w3id.org/llm-atlas/ontology#> .
                <http://example.org/q> a atlas:Question ; atlas:text "?" ; atlas:number 1 ; atlas:partOf <http://example.org/t> .
                <http://example.org/t> a atlas:Topic ; <http://www.w3.org/2000/01/rdf-schema#label> "T" .
                """), null, org.apache.jena.riot.Lang.TURTLE);
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        assertThat(ShaclValidator.get().validate(shapes, bad.getGraph()).conforms()).isFalse();
    }
}
