package com.voicepact.bootstrap.architecture.archfixture.adapter.out.mpesa;

import com.voicepact.bootstrap.architecture.archfixture.sandbox.LocalProvider;

/** Bad: a production adapter reaching into the local sandbox instead of speaking the provider's wire. */
public class GatewayOnTheSandbox {
    public LocalProvider provider;
}
