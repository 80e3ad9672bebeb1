ALTER TABLE "postmortems" ADD COLUMN "approved_version" integer;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "approved_version" integer;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "kept" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "publications_approval_idx" ON "publications" USING btree ("postmortem_id","approved_version","audience");