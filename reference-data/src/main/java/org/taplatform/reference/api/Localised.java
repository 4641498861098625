package org.taplatform.reference.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * An operation whose answer is in the language asked for ({@code ?lang=} or {@code Accept-Language}, one of the six
 * UN languages, English by default): {@link ContentLanguage} says which in {@code Content-Language}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Localised {
}
