package fr.ror.nomenclator.loaders;

/**
 * One cell of a workbook that cannot be used, and why. Reading a change-request workbook reports
 * every such cell at once rather than stopping at the first.
 *
 * @param where the cell ({@code sheet 'Opérations', row 5, column 'Code' (C)}), or the row or sheet
 * @param row   the operation row it is on, as the sheet numbers it; 0 for the request's header and the sheet itself
 */
public record CellProblem(String where, int row, String problem) {

    @Override
    public String toString() {
        return where + ": " + problem;
    }
}
