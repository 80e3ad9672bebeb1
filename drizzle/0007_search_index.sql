CREATE TABLE "search_docs" (
	"incident_id" text PRIMARY KEY NOT NULL,
	"dirty" boolean DEFAULT true NOT NULL,
	"doc" "tsvector",
	"title" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"cause_text" text DEFAULT '' NOT NULL,
	"postmortem_text" text DEFAULT '' NOT NULL,
	"actions_text" text DEFAULT '' NOT NULL,
	"timeline_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_vocab" (
	"word" text PRIMARY KEY NOT NULL,
	"df" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "external_id" text;--> statement-breakpoint
CREATE INDEX "search_docs_doc_idx" ON "search_docs" USING gin ("doc");--> statement-breakpoint
CREATE INDEX "search_docs_dirty_idx" ON "search_docs" USING btree ("dirty");--> statement-breakpoint
CREATE INDEX "search_vocab_trgm_idx" ON "search_vocab" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_external_id_idx" ON "incidents" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "incidents_started_idx" ON "incidents" USING btree ("started_at");