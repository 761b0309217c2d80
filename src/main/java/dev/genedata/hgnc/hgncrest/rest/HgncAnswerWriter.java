package dev.genedata.hgnc.hgncrest.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerHttpResponse;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import dev.genedata.hgnc.hgncrest.service.HgncAnswer;

/**
 * Sends an {@link HgncAnswer} without blocking the thread it runs on: a short answer (one part) in one
 * write with its length, a long one part by part, each made when the connection has taken the ones before
 * (the way Quarkus REST sends a Vert.x {@code AsyncFile}). So an exact lookup is answered on the event loop
 * with no thread hop, and a fetch of every approved gene streams with memory bounded by the connection's
 * write queue and one part.
 */
@Provider
public class HgncAnswerWriter implements ServerMessageBodyWriter<HgncAnswer> {

    private static final Logger LOG = Logger.getLogger(HgncAnswerWriter.class);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return HgncAnswer.class.isAssignableFrom(type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return HgncAnswer.class.isAssignableFrom(type);
    }

    @Override
    public void writeResponse(HgncAnswer answer, Type genericType, ServerRequestContext context) {
        ServerHttpResponse response = context.serverResponse();
        byte[] first = answer.nextPart();
        if (answer.complete()) {
            response.end(first);
            return;
        }
        ResteasyReactiveRequestContext request = (ResteasyReactiveRequestContext) context;
        request.suspend();
        response.setChunked(true);
        response.write(first);
        new Parts(answer, response, request).run();
    }

    /** Blocking form, for callers outside Quarkus REST's own response handling. */
    @Override
    public void writeTo(HgncAnswer answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        answer.writeRest(out);
    }

    /** Writes parts while the connection takes them, and waits for it to drain when it does not. */
    private static final class Parts implements Runnable {

        private final HgncAnswer answer;
        private final ServerHttpResponse response;
        private final ResteasyReactiveRequestContext request;
        private boolean finished;

        Parts(HgncAnswer answer, ServerHttpResponse response, ResteasyReactiveRequestContext request) {
            this.answer = answer;
            this.response = response;
            this.request = request;
            response.addCloseHandler(this::closed);
        }

        @Override
        public synchronized void run() {
            if (finished) {
                return;
            }
            try {
                while (!answer.complete()) {
                    if (response.isWriteQueueFull()) {
                        response.addDrainHandler(this);
                        return;
                    }
                    response.write(answer.nextPart());
                }
                finished = true;
                response.end();
                request.resume();
            } catch (RuntimeException e) {
                finished = true;
                LOG.warnf(e, "An answer of %s broke off after its start", request.getPath());
                request.resume(e);
            }
        }

        /** The client went away before the end: stop, and let the request finish. */
        private synchronized void closed() {
            if (!finished) {
                finished = true;
                LOG.debugf("The client of %s left before the end of its answer", request.getPath());
                request.resume();
            }
        }
    }
}
