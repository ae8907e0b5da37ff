// Facts the application records about the store itself (e.g. the shipped content digest).
CREATE CONSTRAINT store_marker_name IF NOT EXISTS FOR (m:StoreMarker) REQUIRE m.name IS UNIQUE;
