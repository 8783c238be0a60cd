package io.genx3d.users;

import java.util.List;

/** One page of the user listing; {@code next_cursor} is null on the last page. */
public record UserPage(List<UserView> data, String nextCursor) {}
