import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { User } from '../org/user.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordService } from './password.service';
import { TokenVerifier } from './token-verifier';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
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
  providers: [AuthService, LoginThrottle, PasswordService, TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
  controllers: [AuthController],
  exports: [PasswordService, TokenVerifier],
})
export class AuthModule {}
