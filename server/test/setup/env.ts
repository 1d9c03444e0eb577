// Every test worker: quiet logs and a cheaper (still scrypt) password hash so suites stay fast.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'error';
process.env.PASSWORD_HASH_COST = '12';
