import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OrgModule } from '../org/org.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { TokenVerifier } from './token-verifier';

@Module({
  imports: [
    OrgModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A KeyObject built once: given a string, jsonwebtoken first tries it as a public key on
        // every verification, which doubled the cost of each authenticated request.
        const key = createSecretKey(Buffer.from(config.JWT_SECRET));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  providers: [AuthService, LoginThrottle, TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
  controllers: [AuthController],
  exports: [TokenVerifier],
})
export class AuthModule {}
