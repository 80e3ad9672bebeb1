CREATE TABLE "search_postings" (
	"term" text NOT NULL,
	"incident_id" text NOT NULL,
	"began" timestamp with time zone,
	CONSTRAINT "search_postings_incident_id_term_pk" PRIMARY KEY("incident_id","term")
);
--> statement-breakpoint
CREATE INDEX "search_postings_term_idx" ON "search_postings" USING btree ("term","began" DESC NULLS LAST,"incident_id");--> statement-breakpoint
-- The postings of the documents indexed before this table existed (the reindex step keeps them from now on).
INSERT INTO "search_postings" ("term", "incident_id", "began")
SELECT x.term, x.incident_id, x.began FROM (
  SELECT u.lexeme AS term, d.incident_id, coalesce(i.started_at, i.declared_at) AS began,
    row_number() OVER (PARTITION BY d.incident_id ORDER BY cardinality(u.positions) DESC, u.lexeme) AS n
  FROM search_docs d JOIN incidents i ON i.id = d.incident_id
    CROSS JOIN LATERAL unnest(ts_filter(d.doc, '{a,b}')) u
  WHERE d.doc IS NOT NULL AND u.lexeme ~ '^[[:alnum:]]+$'
) x WHERE x.n <= 256;
