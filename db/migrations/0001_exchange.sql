CREATE TABLE `received_packages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`received_at` text NOT NULL,
	`kind` text,
	`school_code` text,
	`school_name` text,
	`revision` integer,
	`fingerprint` text,
	`public_key` text,
	`payload_sha256` text,
	`outcome` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`warnings` text DEFAULT '[]' NOT NULL,
	`stored_path` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `received_packages_hash` ON `received_packages` (`file_sha256`);--> statement-breakpoint
CREATE INDEX `received_packages_school` ON `received_packages` (`school_code`,`revision`);--> statement-breakpoint
CREATE TABLE `review_drafts` (
	`school_code` text PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `school_snapshots` (
	`school_code` text PRIMARY KEY NOT NULL,
	`revision` integer NOT NULL,
	`package_id` integer NOT NULL,
	`payload_sha256` text NOT NULL,
	`school_name` text NOT NULL,
	`municipality` text NOT NULL,
	`fingerprint` text NOT NULL,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`package_id`) REFERENCES `received_packages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sent_packages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`school_code` text NOT NULL,
	`revision` integer NOT NULL,
	`created_at` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `trust_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`school_code` text NOT NULL,
	`event` text NOT NULL,
	`fingerprint` text NOT NULL,
	`previous_fingerprint` text,
	`detail` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `trusted_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`role` text NOT NULL,
	`school_code` text NOT NULL,
	`public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`decided_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trusted_keys_role_school_key` ON `trusted_keys` (`role`,`school_code`,`public_key`);