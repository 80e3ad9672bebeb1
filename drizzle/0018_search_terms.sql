CREATE TABLE "search_terms" (
	"incident_id" text PRIMARY KEY NOT NULL,
	"terms" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_terms_terms_idx" ON "search_terms" USING gin ("terms");--> statement-breakpoint
-- The cause terms of the documents indexed before this table existed.
INSERT INTO "search_terms" ("incident_id", "terms") SELECT "incident_id", ts_filter("doc", '{a,b}') FROM "search_docs" WHERE "doc" IS NOT NULL;
