package org.flipside.pairing.pair;

import java.util.List;
import org.flipside.pairing.ActivePairs;
import org.flipside.pairing.PairView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ActivePairs} on the {@code mentoring_pair} table, turned into views in a fixed number of queries. */
@Component
class ActivePairList implements ActivePairs {

    private final JdbcClient jdbc;
    private final PairViews views;

    ActivePairList(JdbcClient jdbc, PairViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    @Override
    public List<PairView> all() {
        return views.of(jdbc.sql("select " + PairStore.COLUMNS + " from mentoring_pair where state = 'ACTIVE' "
                + "order by id").query(PairStore::row).list());
    }
}
