CREATE TABLE "action_items" (
	"postmortem_id" text NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"horizon" text NOT NULL,
	"priority" text NOT NULL,
	"owner" text,
	"team" text,
	"due_date" date,
	"due_reason" text,
	"status" text NOT NULL,
	"wont_do_reason" text,
	"checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tracker_url" text,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"postmortem_id" text PRIMARY KEY NOT NULL,
	"scheduled_at" timestamp with time zone,
	"duration_minutes" integer,
	"location" text,
	"notes" text DEFAULT '' NOT NULL,
	"attendance" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "postmortem_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"postmortem_id" text NOT NULL,
	"section" text NOT NULL,
	"body" text NOT NULL,
	"author" text NOT NULL,
	"kind" text DEFAULT 'comment' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "postmortems" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"title" text NOT NULL,
	"template" text NOT NULL,
	"status" text NOT NULL,
	"owner" text,
	"facilitator" text,
	"doc" jsonb NOT NULL,
	"due" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reviewers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"legal_reviewed" boolean DEFAULT false NOT NULL,
	"next_action_no" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"postmortem_id" text NOT NULL,
	"number" integer NOT NULL,
	"audience" text NOT NULL,
	"markdown" text NOT NULL,
	"redactions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"postmortem_version" integer NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_postmortem_id_postmortems_id_fk" FOREIGN KEY ("postmortem_id") REFERENCES "public"."postmortems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_postmortem_id_postmortems_id_fk" FOREIGN KEY ("postmortem_id") REFERENCES "public"."postmortems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postmortem_comments" ADD CONSTRAINT "postmortem_comments_postmortem_id_postmortems_id_fk" FOREIGN KEY ("postmortem_id") REFERENCES "public"."postmortems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postmortems" ADD CONSTRAINT "postmortems_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_postmortem_id_postmortems_id_fk" FOREIGN KEY ("postmortem_id") REFERENCES "public"."postmortems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "action_items_key_idx" ON "action_items" USING btree ("postmortem_id","key");--> statement-breakpoint
CREATE INDEX "action_items_owner_idx" ON "action_items" USING btree ("owner","status");--> statement-breakpoint
CREATE INDEX "action_items_due_idx" ON "action_items" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "postmortem_comments_pm_idx" ON "postmortem_comments" USING btree ("postmortem_id","created_at");--> statement-breakpoint
CREATE INDEX "postmortems_status_idx" ON "postmortems" USING btree ("status");--> statement-breakpoint
CREATE INDEX "postmortems_owner_idx" ON "postmortems" USING btree ("owner");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_number_idx" ON "publications" USING btree ("postmortem_id","number");