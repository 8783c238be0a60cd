-- Issue 17: what a conversation was last about (a part's or a group's name), which "it" means in the next message.
ALTER TABLE conversations ADD COLUMN focus VARCHAR(200);
