package fr.ror.nomenclator;

import fr.ror.nomenclator.loaders.NomenclatorCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

// Our graph store builds the only Neo4j driver and the "neo4j" health indicator; Boot's own would
// compete with them (terminology.internal.graph).
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.neo4j.Neo4jDataAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.neo4j.Neo4jRepositoriesAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.neo4j.Neo4jReactiveDataAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.neo4j.Neo4jReactiveRepositoriesAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.neo4j.Neo4jHealthContributorAutoConfiguration"})
public class NomenclatorApplication {
    public static void main(String[] args) {
        if (NomenclatorCli.isCommand(args)) {
            System.exit(NomenclatorCli.run(NomenclatorApplication.class, args));
        }
        SpringApplication.run(NomenclatorApplication.class, args);
    }
}
