package fr.ror.nomenclator.loaders.sheets;

/** Takes the rows of a table one at a time, as they are read (nothing holds the whole sheet). */
@FunctionalInterface
public interface RowHandler {
    void row(TableRow row);
}
