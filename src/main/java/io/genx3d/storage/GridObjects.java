package io.genx3d.storage;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Creates data-grid objects (maps) so that Payara attaches no application to them. Payara's Hazelcast remembers
 * the application whose thread first asks for a distributed object ("tenant control") and, for every operation on
 * it afterwards, enters that application's context on the grid's threads: a CDI lookup and a stack walk per map
 * operation, which made a grid round trip several times dearer. Our maps hold byte arrays and JSON only, so no
 * class of ours is ever loaded on the grid's threads and no context is needed; asked from a thread of no
 * application, the objects get Payara's no-op tenant control.
 */
public final class GridObjects {

    private GridObjects() {}

    public static <T> T outsideTheApplication(Supplier<T> create) {
        AtomicReference<T> created = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        // A plain thread, deliberately not a managed one: a managed thread would carry the application's context.
        Thread thread = new Thread(
                () -> {
                    try {
                        created.set(create.get());
                    } catch (RuntimeException e) {
                        failed.set(e);
                    }
                },
                "genx3d-grid-objects");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating a data-grid object", stopping);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return created.get();
    }
}
