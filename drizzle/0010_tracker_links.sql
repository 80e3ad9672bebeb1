CREATE TABLE "tracker_links" (
	"postmortem_id" text NOT NULL,
	"key" text NOT NULL,
	"tracker" text NOT NULL,
	"external_id" text NOT NULL,
	"url" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "tracker_links_item_idx" ON "tracker_links" USING btree ("postmortem_id","key","tracker");--> statement-breakpoint
CREATE UNIQUE INDEX "tracker_links_external_idx" ON "tracker_links" USING btree ("tracker","external_id");