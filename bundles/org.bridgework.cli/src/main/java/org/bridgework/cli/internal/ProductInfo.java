package org.bridgework.cli.internal;

/** The product's version as the launcher put it in the system properties, or this bundle's when run without the launcher. */
final class ProductInfo {
    private ProductInfo() {
    }

    static String version() {
        String version = System.getProperty("bridgework.version");
        if (version != null) {
            return version;
        }
        Package p = ProductInfo.class.getPackage();
        return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "development";
    }
}
