package fr.ror.nomenclator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NomenclatorApplication {
    public static void main(String[] args) {
        SpringApplication.run(NomenclatorApplication.class, args);
    }
}
