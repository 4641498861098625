package org.taplatform.registry.support;

import java.net.URI;
import java.net.URISyntaxException;

/** Links the registry publishes (tool versions, evaluation reports): http or https, with a host. */
public final class WebLinks {

    private WebLinks() {
    }

    public static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
