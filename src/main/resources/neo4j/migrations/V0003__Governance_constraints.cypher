// Governance lives in the terminology graph (docs/graph-model.md, "Governance").
CREATE CONSTRAINT working_group_id IF NOT EXISTS FOR (g:WorkingGroup) REQUIRE g.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT change_request_id IF NOT EXISTS FOR (r:ChangeRequest) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT comment_id IF NOT EXISTS FOR (c:Comment) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_request_status IF NOT EXISTS FOR (r:ChangeRequest) ON (r.status);
CREATE INDEX operation_request IF NOT EXISTS FOR (o:Operation) ON (o.request);
