// Instants are stored and compared in UTC; Asia/Shanghai dates are computed explicitly.
process.env.TZ = 'UTC';
