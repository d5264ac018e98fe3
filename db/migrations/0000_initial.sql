CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`school_code` text NOT NULL,
	`kind` text NOT NULL,
	`year` text DEFAULT '' NOT NULL,
	`data` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_school_kind_year` ON `documents` (`school_code`,`kind`,`year`);--> statement-breakpoint
CREATE TABLE `installation` (
	`id` integer PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`installation_id` text NOT NULL,
	`created_at` text NOT NULL,
	`public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`school_code` text,
	`district_name` text,
	`curator_name` text,
	CONSTRAINT "installation_singleton" CHECK("installation"."id" = 1)
);
