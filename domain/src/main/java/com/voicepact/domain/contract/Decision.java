package com.voicepact.domain.contract;

public enum Decision {
    CONFIRMED,
    DECLINED
}
