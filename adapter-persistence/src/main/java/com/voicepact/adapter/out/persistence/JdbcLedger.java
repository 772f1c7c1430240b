package com.voicepact.adapter.out.persistence;

import com.voicepact.adapter.out.persistence.EscrowRepositories.LedgerLineRepository;
import com.voicepact.adapter.out.persistence.EscrowRepositories.PostingRepository;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.ledger.Account;
import com.voicepact.domain.ledger.AccountType;
import com.voicepact.domain.ledger.LedgerLine;
import com.voicepact.domain.ledger.Posting;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The ledger: a posting row (its id unique per event) and its lines. */
@Singleton
final class JdbcLedger implements LedgerPostings {

    private final PostingRepository postings;
    private final LedgerLineRepository lines;
    private final TransactionOperations<Connection> transactions;

    JdbcLedger(PostingRepository postings, LedgerLineRepository lines, TransactionOperations<Connection> transactions) {
        this.postings = postings;
        this.lines = lines;
        this.transactions = transactions;
    }

    @Override
    public void post(Posting posting) {
        DatabaseFailures.write(
                transactions,
                "posting " + posting.id(),
                status -> {
                    postings.save(new PostingEntity(
                            posting.id(),
                            posting.contract().value(),
                            posting.transactionId(),
                            posting.kind(),
                            posting.at()));
                    lines.saveAll(IntStream.range(0, posting.lines().size())
                            .mapToObj(i -> line(posting, i))
                            .toList());
                    return null;
                },
                UniqueKey.primaryKey("ledger_postings", "id", "exists already"),
                new UniqueKey("ledger_lines_posting_id_line_no_key", "ledger_lines", "posting_id", "exists already"));
    }

    private static LedgerLineEntity line(Posting posting, int index) {
        LedgerLine l = posting.lines().get(index);
        return new LedgerLineEntity(
                null,
                posting.id(),
                index,
                l.account().type().name(),
                l.account().contract() == null ? null : l.account().contract().value(),
                l.side().name(),
                l.amount().amount(),
                l.amount().currency().name());
    }

    @Override
    public List<Posting> forContract(ContractId contract) {
        return transactions.executeRead(s -> assemble(postings.findByContract(contract.value())));
    }

    @Override
    public List<Posting> all() {
        return transactions.executeRead(s -> assemble(postings.findAllInOrder()));
    }

    private List<Posting> assemble(List<PostingEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<LedgerLineEntity>> byPosting =
                lines
                        .findByPostingIdInOrderByLineNo(
                                rows.stream().map(PostingEntity::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(LedgerLineEntity::postingId));
        return rows.stream()
                .map(p -> new Posting(
                        p.id(),
                        ContractId.parse(p.contractId()),
                        p.transactionId(),
                        p.kind(),
                        p.postedAt(),
                        byPosting.getOrDefault(p.id(), List.of()).stream()
                                .map(JdbcLedger::toLine)
                                .toList()))
                .toList();
    }

    private static LedgerLine toLine(LedgerLineEntity e) {
        Account account = new Account(
                AccountType.valueOf(e.accountType()),
                e.accountContract() == null ? null : ContractId.parse(e.accountContract()));
        return new LedgerLine(
                account, LedgerLine.Side.valueOf(e.side()), Money.of(e.amount(), CurrencyCode.valueOf(e.currency())));
    }
}
