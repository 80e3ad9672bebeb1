ALTER TABLE "incident_repeats" ADD COLUMN "factors" text[];--> statement-breakpoint
CREATE INDEX "action_items_due_date_idx" ON "action_items" USING btree ("due_date");