package io.genx3d.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genx3d.errors.ApiException;
import io.genx3d.errors.ErrorCode;
import org.junit.jupiter.api.Test;

class PlanAllocationTest {

    @Test
    void aProjectWithoutALimitSharesTheOrganizationsPoolWhateverIsAllocated() {
        assertNull(new PlanAllocation(10, 10).limitFor(null));
    }

    @Test
    void aLimitThatFitsIsKeptAndOneThatDoesNotIsA400NamingWhatIsLeft() {
        assertEquals(700, new PlanAllocation(1000, 300).limitFor(700));
        ApiException refused = assertThrows(ApiException.class, () -> new PlanAllocation(1000, 300).limitFor(701));
        assertEquals(ErrorCode.BAD_REQUEST, refused.code());
        assertEquals("rate_limit", refused.body().error().details().get("field"));
        assertEquals(700L, refused.body().error().details().get("limit"));
    }

    @Test
    void aPlanAllHandedOutLeavesNoRoomForAnotherLimit() {
        ApiException refused = assertThrows(ApiException.class, () -> new PlanAllocation(10, 10).limitFor(1));
        assertEquals(0L, refused.body().error().details().get("limit"));
    }
}
