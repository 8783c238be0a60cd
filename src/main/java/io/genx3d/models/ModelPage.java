package io.genx3d.models;

import java.util.List;

/** One page of a model listing; {@code next_cursor} is null on the last page. */
public record ModelPage(List<ModelView> data, String nextCursor) {}
