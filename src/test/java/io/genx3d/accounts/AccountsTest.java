package io.genx3d.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.genx3d.errors.ApiException;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sign-up's refusal of a taken email costs the same work as a sign-up (issue 13, point 9: 7 ms against 192 ms). */
class AccountsTest {

    private final Accounts accounts = new Accounts();

    AccountsTest() {
        accounts.em = mock(EntityManager.class, RETURNS_DEEP_STUBS);
        accounts.passwords = mock(Passwords.class);
        accounts.adminEmails = java.util.Optional.empty();
        when(accounts.passwords.hash(anyString())).thenReturn("pbkdf2-hash");
    }

    @Test
    void aTakenEmailIsRefusedOnlyAfterThePasswordIsHashedAsForANewAccount() {
        Account existing = mock(Account.class);
        when(accounts.em
                        .createNamedQuery("Account.findByEmail", Account.class)
                        .setParameter("email", "ann@example.com")
                        .getResultList())
                .thenReturn(List.of(existing));
        ApiException taken = assertThrows(
                ApiException.class, () -> accounts.signUp("ann@example.com", "Ann", "correct horse battery staple"));
        assertEquals(409, taken.status());
        verify(accounts.passwords).hash("correct horse battery staple");
        verify(accounts.em, never()).persist(any());
    }
}
