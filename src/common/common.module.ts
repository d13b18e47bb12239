import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Clock } from './clock';
import { DomainEvents } from './domain-events';
import { RequestShapeInterceptor } from './request-shape.interceptor';

@Global()
@Module({ providers: [Clock, DomainEvents, { provide: APP_INTERCEPTOR, useClass: RequestShapeInterceptor }], exports: [Clock, DomainEvents] })
export class CommonModule {}
