package dev.genedata.hgnc.job.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a route under a job ({@code {id}} in its path) whose answer is a stream: {@link KnownJobFilter} reads
 * the job first, so that an unknown or malformed id is still answered 404 or 400 JSON; once a stream's headers
 * have gone out, its status cannot change.
 */
@NameBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownJob {
}
