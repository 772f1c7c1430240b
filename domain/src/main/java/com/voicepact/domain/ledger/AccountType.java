package com.voicepact.domain.ledger;

/**
 * WALLET is the money on our provider wallet (an asset); ESCROW, SELLER_PAYABLE and BUYER_PAYABLE
 * are what we owe, per contract; FEES are what the provider charged us.
 */
public enum AccountType {
    WALLET,
    ESCROW,
    SELLER_PAYABLE,
    BUYER_PAYABLE,
    FEES
}
