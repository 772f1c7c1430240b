package com.voicepact.adapter.in.web.payment;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.adapter.in.web.openapi.JsonErrors;
import com.voicepact.adapter.in.web.payment.PaymentViews.Balance;
import com.voicepact.adapter.in.web.payment.PaymentViews.ContractPayments;
import com.voicepact.adapter.in.web.payment.PaymentViews.FlaggedEvent;
import com.voicepact.adapter.in.web.payment.PaymentViews.FlaggedEvents;
import com.voicepact.adapter.in.web.payment.PaymentViews.History;
import com.voicepact.adapter.in.web.payment.PaymentViews.Reconciliation;
import com.voicepact.adapter.in.web.payment.PaymentViews.SandboxResult;
import com.voicepact.adapter.in.web.security.Operator;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.GetCheckoutLimitsUseCase;
import com.voicepact.application.escrow.port.in.GetPaymentUseCase;
import com.voicepact.application.escrow.port.in.GetWalletBalanceUseCase;
import com.voicepact.application.escrow.port.in.InitiateEscrowCheckoutUseCase;
import com.voicepact.application.escrow.port.in.ListContractPaymentsUseCase;
import com.voicepact.application.escrow.port.in.ListFlaggedEventsCommand;
import com.voicepact.application.escrow.port.in.ListFlaggedEventsUseCase;
import com.voicepact.application.escrow.port.in.ReconcilePaymentsCommand;
import com.voicepact.application.escrow.port.in.ReconcilePaymentsUseCase;
import com.voicepact.application.escrow.port.in.RefundEscrowCommand;
import com.voicepact.application.escrow.port.in.RefundEscrowUseCase;
import com.voicepact.application.escrow.port.in.ReleaseEscrowCommand;
import com.voicepact.application.escrow.port.in.ReleaseEscrowUseCase;
import com.voicepact.application.escrow.port.in.TrySandboxCheckoutCommand;
import com.voicepact.application.escrow.port.in.TrySandboxCheckoutUseCase;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.TransactionId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The operators' escrow API under {@code /api/v1/payments}, in the shapes of the product docs. */
@JsonErrors
@Controller("/api/v1/payments")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PaymentController {

    private final InitiateEscrowCheckoutUseCase checkout;
    private final GetPaymentUseCase payments;
    private final ListContractPaymentsUseCase contractPayments;
    private final GetWalletBalanceUseCase wallet;
    private final ReleaseEscrowUseCase release;
    private final RefundEscrowUseCase refund;
    private final ReconcilePaymentsUseCase reconcile;
    private final TrySandboxCheckoutUseCase sandbox;
    private final PhoneNumbers phones;
    private final CheckoutCommands checkoutCommands;
    private final ListFlaggedEventsUseCase flaggedEvents;

    PaymentController(
            InitiateEscrowCheckoutUseCase checkout,
            GetPaymentUseCase payments,
            ListContractPaymentsUseCase contractPayments,
            GetWalletBalanceUseCase wallet,
            ReleaseEscrowUseCase release,
            RefundEscrowUseCase refund,
            ReconcilePaymentsUseCase reconcile,
            TrySandboxCheckoutUseCase sandbox,
            PhoneNumbers phones,
            GetCheckoutLimitsUseCase limits,
            ListFlaggedEventsUseCase flaggedEvents) {
        this.checkoutCommands = new CheckoutCommands(phones, limits);
        this.flaggedEvents = flaggedEvents;
        this.checkout = checkout;
        this.payments = payments;
        this.contractPayments = contractPayments;
        this.wallet = wallet;
        this.release = release;
        this.refund = refund;
        this.reconcile = reconcile;
        this.sandbox = sandbox;
        this.phones = phones;
    }

    @Status(HttpStatus.CREATED) // what HttpResponse.created answers, for the OpenAPI document
    @Post("/checkout")
    HttpResponse<CheckoutResponse> checkout(
            HttpRequest<?> http,
            @Body CheckoutRequest body,
            @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        CheckoutCommand command = checkoutCommands.of(body, idempotencyKey, Actor.operator(Operator.keyIdOf(http)));
        var result = checkout.checkout(command);
        // A repeated Idempotency-Key gets the first answer's status; the header says it is a repeat (as Stripe's does).
        var response = HttpResponse.created(CheckoutResponse.from(result));
        return result.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    @Get("/status/{transactionId}")
    PaymentResponse status(@PathVariable String transactionId) {
        return PaymentResponse.from(payments.get(TransactionId.parse(transactionId)));
    }

    @Get("/history/{contractId}")
    History history(@PathVariable String contractId) {
        ContractId id = ContractId.parse(contractId);
        return new History(
                id.value(),
                contractPayments.ofContract(id).stream()
                        .map(PaymentResponse::from)
                        .toList());
    }

    @Get("/contract/{contractId}")
    ContractPayments ofContract(@PathVariable String contractId) {
        ContractId id = ContractId.parse(contractId);
        return new ContractPayments(
                id.value(),
                contractPayments.ofContract(id).stream()
                        .map(PaymentResponse::from)
                        .toList());
    }

    @Get("/balance")
    Balance balance() {
        Money money = wallet.walletBalance();
        return new Balance(money.amount(), money.currency().name(), Instant.now());
    }

    @Get("/wallet/balance")
    Map<String, String> walletBalance() {
        return Map.of("status", "Success", "balance", wallet.walletBalance().toString());
    }

    @Post("/release")
    PaymentResponse release(HttpRequest<?> http, @Body ReleaseRequest body) {
        body.requireConfirmedByIsAList();
        InvalidValueException.require(
                body.contractId() != null && body.transactionId() != null,
                "contract_id and transaction_id are required");
        return PaymentResponse.from(release.release(new ReleaseEscrowCommand(
                ContractId.parse(body.contractId()),
                TransactionId.parse(body.transactionId()),
                Actor.operator(Operator.keyIdOf(http)))));
    }

    @Post("/refund")
    PaymentResponse refund(HttpRequest<?> http, @Body RefundRequest body) {
        InvalidValueException.require(body.transactionId() != null, "transaction_id is required");
        String reason =
                body.reason() + (body.initiatedBy() == null ? "" : " (initiated by " + body.initiatedBy() + ")");
        return PaymentResponse.from(refund.refund(new RefundEscrowCommand(
                TransactionId.parse(body.transactionId()),
                body.reason() == null ? null : reason,
                Actor.operator(Operator.keyIdOf(http)))));
    }

    @Get("/reconciliation")
    Reconciliation reconciliation(@QueryValue String from, @QueryValue String to) {
        try {
            return Reconciliation.from(
                    reconcile.reconcile(new ReconcilePaymentsCommand(Instant.parse(from), Instant.parse(to))));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("from and to must be ISO-8601 instants such as 2026-03-01T00:00:00Z");
        }
    }

    /** The notifications recorded but not applied as sent (unknown id, wrong amount, contradiction), newest first. */
    @Get("/events/flagged")
    FlaggedEvents flagged(@Nullable @QueryValue Integer limit, @Nullable @QueryValue Integer offset) {
        var page = flaggedEvents.flagged(
                new ListFlaggedEventsCommand(limit == null ? 50 : limit, offset == null ? 0 : offset));
        return new FlaggedEvents(
                page.events().stream().map(FlaggedEvent::from).toList(), page.limit(), page.offset(), page.total());
    }

    @Post("/test/checkout")
    SandboxResult testCheckout(@QueryValue("phone_number") String phone, @QueryValue BigDecimal amount) {
        var result = sandbox.testCheckout(
                new TrySandboxCheckoutCommand(phones.parse(phone), Money.positive(amount, CurrencyCode.KES, "amount")));
        return new SandboxResult(
                result.accepted() ? "pending" : "failed", result.externalTransactionId(), result.description());
    }

    @Get("/{paymentId}")
    PaymentResponse get(@PathVariable String paymentId) {
        return PaymentResponse.from(payments.get(TransactionId.parse(paymentId)));
    }
}
