package dk.jobandel.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Gives a resource requested by its versioned name ({@code app-<md5>.css}) a long, immutable cache lifetime,
 * while the same file asked for by its plain name keeps the handler's revalidating one. Sits in front of
 * {@link org.springframework.web.servlet.resource.VersionResourceResolver}.
 */
final class ImmutableWhenVersioned extends AbstractResourceResolver {

    private final String cacheControl;

    ImmutableWhenVersioned(CacheControl versioned) {
        this.cacheControl = versioned.getHeaderValue();
    }

    @Override
    protected @Nullable Resource resolveResourceInternal(
            @Nullable HttpServletRequest request,
            String requestPath,
            List<? extends Resource> locations,
            ResourceResolverChain chain) {
        Resource resource = chain.resolveResource(request, requestPath, locations);
        if (resource == null || cacheControl == null) {
            return resource;
        }
        String name = resource.getFilename();
        boolean versioned = name != null && !requestPath.endsWith(name);
        return versioned ? new Versioned(resource, cacheControl) : resource;
    }

    @Override
    protected @Nullable String resolveUrlPathInternal(
            String resourceUrlPath, List<? extends Resource> locations, ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }

    /** The resolved resource with its headers (the version as ETag) plus the immutable cache lifetime. */
    private static final class Versioned extends AbstractResource implements HttpResource {

        private final Resource resource;
        private final String cacheControl;

        Versioned(Resource resource, String cacheControl) {
            this.resource = resource;
            this.cacheControl = cacheControl;
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            HttpHeaders headers = new HttpHeaders();
            if (resource instanceof HttpResource http) {
                headers.putAll(http.getResponseHeaders());
            }
            headers.setCacheControl(cacheControl);
            return headers;
        }

        @Override
        public boolean exists() {
            return resource.exists();
        }

        @Override
        public boolean isReadable() {
            return resource.isReadable();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return resource.getInputStream();
        }

        @Override
        public URL getURL() throws IOException {
            return resource.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return resource.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return resource.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return resource.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return resource.lastModified();
        }

        @Override
        public Resource createRelative(String relativePath) throws IOException {
            return resource.createRelative(relativePath);
        }

        @Override
        public @Nullable String getFilename() {
            return resource.getFilename();
        }

        @Override
        public String getDescription() {
            return resource.getDescription();
        }
    }
}
