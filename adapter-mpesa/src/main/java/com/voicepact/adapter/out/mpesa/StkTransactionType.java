package com.voicepact.adapter.out.mpesa;

/**
 * The STK push's {@code TransactionType}: a Paybill collects with {@code CustomerPayBillOnline} (PartyB is the
 * shortcode), a Till with {@code CustomerBuyGoodsOnline} (PartyB is the till number).
 */
public enum StkTransactionType {
    PAYBILL("CustomerPayBillOnline"),
    BUY_GOODS("CustomerBuyGoodsOnline");

    private final String wire;

    StkTransactionType(String wire) {
        this.wire = wire;
    }

    /** The word Daraja expects in {@code TransactionType}. */
    public String wire() {
        return wire;
    }

    /** @throws IllegalArgumentException unless {@code value} is exactly one of Daraja's two words */
    public static StkTransactionType fromWire(String value) {
        for (StkTransactionType type : values()) {
            if (type.wire.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "MPESA_TRANSACTION_TYPE must be CustomerPayBillOnline or CustomerBuyGoodsOnline, got '" + value + "'");
    }
}
