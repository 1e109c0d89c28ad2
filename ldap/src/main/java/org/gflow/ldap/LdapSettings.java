package org.gflow.ldap;

import java.time.Duration;

/**
 * Where the directory is and how its entries map to users and groups.
 *
 * <p>A plain mutable bean so that the engine can bind it from Spring properties under
 * {@code gflow.ldap} (for example {@code gflow.ldap.user-base} or the environment variable
 * {@code GFLOW_LDAP_USER_BASE}). The defaults fit OpenLDAP with {@code inetOrgPerson} users and
 * {@code groupOfNames} groups; {@code ldap/README.md} gives the Active Directory mapping.
 */
public class LdapSettings {

    private String url;
    private String bindDn;
    private String bindPassword;
    private String userBase;
    private String groupBase;
    private String userObjectClass = "inetOrgPerson";
    private String groupObjectClass = "groupOfNames";
    private Attributes attributes = new Attributes();
    private boolean startTls;
    private String trustStore;
    private String trustStorePassword;
    private int poolSize = 10;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration responseTimeout = Duration.ofSeconds(10);
    private int pageSize = 200;
    private Duration cacheTtl = Duration.ofSeconds(60);
    private Duration passwordCacheTtl = Duration.ofSeconds(60);

    /** Names of the directory attributes that carry each piece of identity data. */
    public static class Attributes {
        private String id = "uid";
        private String firstName = "givenName";
        private String lastName = "sn";
        private String email = "mail";
        private String member = "member";
        private String manager = "manager";
        private String groupId = "cn";
        private String groupName = "description";
        private String groupType = "businessCategory";
        private String organisation = "o";
        private String locked = "pwdAccountLockedTime";

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getFirstName() {
            return firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public String getLastName() {
            return lastName;
        }

        public void setLastName(String lastName) {
            this.lastName = lastName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getMember() {
            return member;
        }

        public void setMember(String member) {
            this.member = member;
        }

        public String getManager() {
            return manager;
        }

        public void setManager(String manager) {
            this.manager = manager;
        }

        public String getGroupId() {
            return groupId;
        }

        public void setGroupId(String groupId) {
            this.groupId = groupId;
        }
        /** Attribute with a group's display name; a group without it is named by its id. */
        public String getGroupName() {
            return groupName;
        }

        public void setGroupName(String groupName) {
            this.groupName = groupName;
        }
        /** Attribute with Camunda's group type ({@code WORKFLOW}, {@code SYSTEM}); may be absent. */
        public String getGroupType() {
            return groupType;
        }

        public void setGroupType(String groupType) {
            this.groupType = groupType;
        }
        /** Attribute with a user's organisation code, such as {@code moic} or {@code bokeo}. */
        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }
        /** Attribute whose presence on a user entry marks the account locked. */
        public String getLocked() {
            return locked;
        }

        public void setLocked(String locked) {
            this.locked = locked;
        }
    }

    /** {@code ldap://host:port} or {@code ldaps://host:port}. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getBindDn() {
        return bindDn;
    }

    public void setBindDn(String bindDn) {
        this.bindDn = bindDn;
    }

    public String getBindPassword() {
        return bindPassword;
    }

    public void setBindPassword(String bindPassword) {
        this.bindPassword = bindPassword;
    }

    public String getUserBase() {
        return userBase;
    }

    public void setUserBase(String userBase) {
        this.userBase = userBase;
    }

    public String getGroupBase() {
        return groupBase;
    }

    public void setGroupBase(String groupBase) {
        this.groupBase = groupBase;
    }

    public String getUserObjectClass() {
        return userObjectClass;
    }

    public void setUserObjectClass(String userObjectClass) {
        this.userObjectClass = userObjectClass;
    }

    public String getGroupObjectClass() {
        return groupObjectClass;
    }

    public void setGroupObjectClass(String groupObjectClass) {
        this.groupObjectClass = groupObjectClass;
    }

    public Attributes getAttributes() {
        return attributes;
    }

    public void setAttributes(Attributes attributes) {
        this.attributes = attributes;
    }
    /** Upgrade a plain {@code ldap://} connection with StartTLS before binding. */
    public boolean isStartTls() {
        return startTls;
    }

    public void setStartTls(boolean startTls) {
        this.startTls = startTls;
    }
    /** JKS/PKCS#12 file with the CA that signed the directory's certificate; JVM default if unset. */
    public String getTrustStore() {
        return trustStore;
    }

    public void setTrustStore(String trustStore) {
        this.trustStore = trustStore;
    }

    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    public int getPoolSize() {
        return poolSize;
    }

    public void setPoolSize(int poolSize) {
        this.poolSize = poolSize;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }
    /** Entries per page of the simple paged-results control. */
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }
    /** How long users and memberships are cached; zero disables the cache. */
    public Duration getCacheTtl() {
        return cacheTtl;
    }

    public void setCacheTtl(Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
    }
    /** How long a successful password check is remembered (as a keyed hash); zero binds every time. */
    public Duration getPasswordCacheTtl() {
        return passwordCacheTtl;
    }

    public void setPasswordCacheTtl(Duration passwordCacheTtl) {
        this.passwordCacheTtl = passwordCacheTtl;
    }

    /**
     * Fails with a message naming the missing setting, so a misconfigured engine stops at start
     * rather than at the first login.
     */
    public void validate() {
        require(url, "url");
        require(userBase, "user-base");
        require(groupBase, "group-base");
        if (!url.startsWith("ldap://") && !url.startsWith("ldaps://")) {
            throw new IllegalArgumentException("gflow.ldap.url must start with ldap:// or ldaps://, was: " + url);
        }
        if (startTls && url.startsWith("ldaps://")) {
            throw new IllegalArgumentException("gflow.ldap.start-tls cannot be combined with an ldaps:// url");
        }
        if (poolSize < 1 || pageSize < 1) {
            throw new IllegalArgumentException("gflow.ldap.pool-size and page-size must be at least 1");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("gflow.ldap." + name + " is not set");
        }
    }
}
