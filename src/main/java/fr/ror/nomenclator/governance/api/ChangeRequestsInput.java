package fr.ror.nomenclator.governance.api;

import java.util.List;

/** Change requests to add to a scheduled release (each scheduled in it). */
record ChangeRequestsInput(List<String> changeRequests) {
}
