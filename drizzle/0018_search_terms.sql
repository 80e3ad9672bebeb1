CREATE TABLE "search_terms" (
	"incident_id" text PRIMARY KEY NOT NULL,
	"terms" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_terms_terms_idx" ON "search_terms" USING gin ("terms");