package org.matbank.access;

import java.util.UUID;

/** The bodies of the account API's requests (JSON in snake case). */
public final class AccountRequests {

    private AccountRequests() {
    }

    /** A new organisation. {@code kind}: institute, university, company or other; {@code country}: ISO alpha-2. */
    public record NewOrganisation(String name, String kind, String country) {
    }

    /** A new user; {@code administrator} defaults to false. */
    public record NewUser(String login, String displayName, String email, UUID organisationId, String password,
            Boolean administrator) {
    }

    /** A change of one's own password: the current one proves it is the user. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** Verifying (or withdrawing the verification of) an organisation. */
    public record Verification(boolean verified) {
    }

    /** Disabling a user, with the reason kept. */
    public record Disabling(String reason) {
    }
}
