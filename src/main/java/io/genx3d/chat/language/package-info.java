/**
 * What a chat message says, as types: the message is tokenised once (spelling corrected against one vocabulary made
 * of the tables in {@code src/main/resources/chat/vocabulary}), fillers dropped, and parsed into {@link Command}s with
 * typed slots. Nothing here knows a model; nothing after it reads English again.
 */
package io.genx3d.chat.language;
