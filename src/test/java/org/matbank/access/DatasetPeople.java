package org.matbank.access;

import java.util.List;

/**
 * People for dataset tests: each a user with a write token of their own (scripts' way in), made
 * through the services as an administrator would make them.
 */
public final class DatasetPeople {

    /** Everyone's password, for signing in through the sign-in form. */
    public static final String PASSWORD = "correct horse battery staple";

    private final AccountService accounts;
    private final TokenService tokens;
    private final String suffix;

    public DatasetPeople(AccountService accounts, TokenService tokens, String suffix) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.suffix = suffix;
    }

    /** A person: the user's id, login, and the Authorization header value of their token. */
    public record Person(String id, String login, String authorization) {

        /** The header pair, for a request's extra headers. */
        public String[] header() {
            return new String[] {"Authorization", authorization};
        }
    }

    public Person user(String name) {
        return user(name, null);
    }

    /** A user of a new organisation of this country, verified or not. */
    public Person user(String name, String country, boolean verified) {
        Organisation org = accounts.createOrganisation(new AccountRequests.NewOrganisation("org of " + name + suffix, "institute", country));
        if (verified) {
            accounts.verify(org.id(), true, "test");
        }
        return user(name, org.id());
    }

    private Person user(String name, java.util.UUID organisation) {
        UserAccount user = accounts.createUser(new AccountRequests.NewUser(name + suffix, name, null, organisation,
                PASSWORD, false));
        IssuedToken token = tokens.create(new TokenRequest(name, null, List.of("write"), null), user);
        return new Person(user.id().toString(), user.login(), "Bearer " + token.secret());
    }

    /** An administrator's token (sees every dataset). */
    public Person admin() {
        IssuedToken token = tokens.create(new TokenRequest("admin " + suffix, "operator", List.of("admin"), null));
        return new Person(null, "operator", "Bearer " + token.secret());
    }
}
