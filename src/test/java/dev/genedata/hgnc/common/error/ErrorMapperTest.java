package dev.genedata.hgnc.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.gene.parse.DataTooLargeException;
import dev.genedata.hgnc.gene.parse.MalformedDataException;
import dev.genedata.hgnc.gene.source.SourceUnavailableException;

/** The status of each kind of domain failure, chosen in ErrorMapper alone; the route tests check the bodies. */
class ErrorMapperTest {

    @Test
    void eachKindOfDomainFailureHasItsStatus() {
        assertThat(ErrorMapper.status(new InvalidInputException("bad"))).isEqualTo(400);
        assertThat(ErrorMapper.status(new MalformedDataException("line 2: bad"))).isEqualTo(400);
        assertThat(ErrorMapper.status(new UnknownResourceException("none"))).isEqualTo(404);
        assertThat(ErrorMapper.status(new StateConflictException("busy"))).isEqualTo(409);
        assertThat(ErrorMapper.status(new DataTooLargeException(1024))).isEqualTo(413);
        assertThat(ErrorMapper.status(new SourceUnavailableException(URI.create("file:///x"), "gone"))).isEqualTo(502);
        assertThat(ErrorMapper.status(new ConcurrentChangeException("again"))).isEqualTo(503);
        assertThat(ErrorMapper.status(new NotReadyException("soon"))).isEqualTo(503);
        assertThat(ErrorMapper.status(new StoreFullException("raise maxmemory", null))).isEqualTo(507);
    }

    @Test
    void redisRefusingWritesForWantOfMemoryIs507AndAnUnreachableRedis503() {
        ApiError full = ErrorMapper.describe(new IllegalStateException("ERR Error running script: "
                + "OOM command not allowed when used memory > 'maxmemory'."));
        assertThat(full.status()).isEqualTo(507);
        assertThat(full.error()).startsWith("the data store (Redis) is out of memory (maxmemory reached)");
        ApiError down = ErrorMapper.describe(new ConnectException("Connection refused"));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.error()).startsWith("the data store (Redis) is unavailable: Connection refused");
        assertThat(ErrorMapper.describe(new IllegalArgumentException("bug")).status()).isEqualTo(500);
    }
}
