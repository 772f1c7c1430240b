package com.voicepact.sandbox.mpesa;

/** What the payer does with an STK prompt, and the result code Daraja then reports. */
public enum PromptAnswer {
    /** The right PIN: paid, result 0 with a receipt. */
    PIN,
    /** A wrong PIN: result 2001. */
    WRONG_PIN,
    /** The payer pressed cancel: result 1032. */
    CANCEL,
    /** The payer lets it be: result 1037 once the prompt times out. */
    IGNORE
}
